"""Turn sqlite3's exceptions into what the user should be told (ARCHITECTURE rule 6)."""

from __future__ import annotations

import sqlite3

from propdesk.core.errors import EnvironmentProblem


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """The user-facing problem behind a storage exception, or ``None`` when it is a bug."""
    if not isinstance(exc, sqlite3.Error):
        if isinstance(exc, PermissionError):
            return EnvironmentProblem("没有权限读写数据文件。", "请检查文件夹权限，或把数据放到自己的文件夹。")
        if isinstance(exc, OSError) and exc.errno == 28:
            return _disk_full()
        return None
    text = str(exc).lower()
    if "database is locked" in text or "database is busy" in text:
        return EnvironmentProblem(
            "数据文件正被另一个程序占用。", "请关闭其他正在使用这个文件的 propdesk 或备份软件后重试。"
        )
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem("数据文件是只读的，无法保存。", "请检查文件属性和文件夹权限，或换一个位置。")
    if "disk is full" in text or "disk full" in text:
        return _disk_full()
    if "not a database" in text or "file is encrypted" in text:
        return EnvironmentProblem(
            "这个文件不是 propdesk 的数据文件，或者已经损坏。",
            "请选择正确的文件，或从备份恢复。",
            EnvironmentProblem.DAMAGED,
        )
    if "malformed" in text or "corrupt" in text:
        return EnvironmentProblem(
            "数据文件已损坏。", "请立即停止使用，并从最近的备份恢复。", EnvironmentProblem.DAMAGED
        )
    if "unable to open" in text:
        return EnvironmentProblem("无法打开数据文件。", "请检查路径是否存在、U 盘或网络盘是否已连接。")
    if "disk i/o error" in text:
        return EnvironmentProblem("读写磁盘出错。", "请检查磁盘或 U 盘是否正常，然后重试。")
    return None


def _disk_full() -> EnvironmentProblem:
    return EnvironmentProblem("磁盘已满，无法保存。", "请清理磁盘空间后重试；刚才的操作没有保存。")
