"""The action registry: menus and shortcuts are built from this table, not hand-wired (rule 8)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the main window's handler is on_<name>_triggered
    menu: str
    text: str
    shortcut: str = ""
    status_tip: str = ""


ACTIONS: list[ActionSpec] = [
    ActionSpec("new_unit", "文件", "新增房屋…", "Ctrl+N"),
    ActionSpec("generate_building", "文件", "批量生成楼栋…", "Ctrl+Shift+N"),
    ActionSpec("import_ledger", "文件", "从 Excel 导入房屋和业主…", "Ctrl+I"),
    ActionSpec("export_ledger", "文件", "导出房屋和业主到 Excel…", "Ctrl+E"),
    ActionSpec("download_template", "文件", "下载导入模板…"),
    ActionSpec("quit", "文件", "退出", "Ctrl+Q"),
    ActionSpec("focus_search", "查找", "搜索房屋/业主", "Ctrl+F"),
    ActionSpec("go_today", "查找", "今日", "Ctrl+1"),
    ActionSpec("go_units", "查找", "房屋", "Ctrl+2"),
    ActionSpec("go_owners", "查找", "业主", "Ctrl+3"),
    ActionSpec("print_unit_list", "打印", "打印房屋清单…", "Ctrl+Shift+P"),
    ActionSpec("community_settings", "设置", "小区信息…"),
    ActionSpec("about", "帮助", "关于 propdesk"),
]
