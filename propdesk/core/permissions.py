"""Roles and what each may do. Services check these themselves; the GUI hiding a button is only
a convenience."""

from __future__ import annotations

from enum import StrEnum

from propdesk.core.errors import UserError


class Role(StrEnum):
    CLERK = "前台客服"
    CASHIER = "收银员"
    SUPERVISOR = "客服主管"
    ADMIN = "管理员"


class Permission(StrEnum):
    EDIT_REGISTRY = "登记和修改房屋、业主、住户"
    VIEW_PERSONAL_DATA = "查看完整的证件号和电话"
    VIEW_CHANGE_LOG = "查看和导出操作日志"
    EDIT_SETTINGS = "修改小区信息和设置"
    MANAGE_USERS = "管理用户"
    RESTORE_BACKUP = "从备份恢复"
    # for the areas still to come (money, renovation): defined now so every issue uses the same table
    TAKE_PAYMENT = "收费和打印收据"
    GENERATE_BILLS = "生成账单"
    VOID_RECEIPT = "作废收据"
    EDIT_CLOSED_DAY = "修改已日结的数据"
    APPROVE_RENOVATION = "审批装修申请"
    APPROVE_REFUND = "审批退款"
    WAIVE_LATE_FEE = "减免滞纳金"
    HANDLE_SERVICE = "登记和处理报修、投诉"
    REVIEW_SERVICE = "审核投诉处理"
    MAINTAIN_DATABASE = "整理数据库"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.EDIT_REGISTRY, Permission.HANDLE_SERVICE}),
    Role.CASHIER: frozenset({Permission.TAKE_PAYMENT, Permission.GENERATE_BILLS}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.EDIT_REGISTRY,
            Permission.VIEW_PERSONAL_DATA,
            Permission.VIEW_CHANGE_LOG,
            Permission.VOID_RECEIPT,
            Permission.EDIT_CLOSED_DAY,
            Permission.APPROVE_RENOVATION,
            Permission.APPROVE_REFUND,
            Permission.WAIVE_LATE_FEE,
            Permission.GENERATE_BILLS,
            Permission.HANDLE_SERVICE,
            Permission.REVIEW_SERVICE,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


def permissions_of(roles: frozenset[str]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        if role in Role.__members__.values():
            granted |= ROLE_PERMISSIONS[Role(role)]
    return frozenset(granted)


def roles_with(permission: Permission) -> list[Role]:
    return [role for role, granted in ROLE_PERMISSIONS.items() if permission in granted]


class PermissionDenied(UserError):
    """The user's roles do not allow this; says which role does."""

    def __init__(self, permission: Permission) -> None:
        who = "或".join(f"「{r.value}」" for r in roles_with(permission))
        super().__init__(f"没有权限{permission.value}，需要{who}角色")
        self.permission = permission
