"""The supervisor's desk as values: the seed's targets (G1–G8) with their defaults, a month's actual figure
for each, and its red / amber / green state."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Light(StrEnum):
    GREEN = "达标"
    AMBER = "接近"
    RED = "未达标"
    NONE = "无数据"


@dataclass(frozen=True)
class Target:
    key: str
    name: str
    goal: float  # a rate (0–1) at least, or a count at most
    at_most: bool = False  # counts: the fewer the better
    amber: float = 0.05  # how far short still counts as amber (rate points, or a count)
    source: str = ""  # the seed's item


TARGETS = [
    Target("repair_callbacks", "报修回访率", 1.0, source="G4 入户维修 100% 回访"),
    Target("complaint_callbacks", "投诉回访率", 1.0, source="G5 电话回访 100%"),
    Target("visit_feedback", "走访问题反馈率", 1.0, source="G6 回访率 100%"),
    Target("visit_ratio", "走访比例", 0.08, amber=0.01, source="G6 走访比例 ≥ 8%"),
    Target("visit_repeats", "走访重复户数", 0, at_most=True, amber=0, source="G6 户数不重复"),
    Target("complaint_response", "投诉按时响应率", 1.0, source="G5 处理时限"),
    Target("complaint_resolution", "投诉按时办结率", 1.0, source="G5 处理时限"),
    Target("repair_on_time", "报修按时完工率", 0.95, source="G4 处理时限"),
    Target("repair_notes", "超三天工单沟通记录率", 1.0, source="G4 三天未完成留有沟通记录"),
    Target("defects_next_day", "遗留工程当日转交率", 1.0, source="G2 每天记录并转交"),
    Target("collection_rate", "本月收缴率", 0.90, amber=0.10, source="G8 收费管理"),
    Target("patrol_coverage", "装修日巡查覆盖率", 1.0, amber=0.10, source="G3 每天一次"),
    Target("unclosed_days", "未日结天数", 0, at_most=True, amber=1, source="收款日结"),
    Target("move_in_documents", "入伙资料缺失户数", 0, at_most=True, amber=2, source="G2 入住资料齐全"),
]


def light(target: Target, actual: float | None) -> Light:
    if actual is None:
        return Light.NONE
    if target.at_most:
        if actual <= target.goal:
            return Light.GREEN
        return Light.AMBER if actual <= target.goal + target.amber else Light.RED
    if actual >= target.goal - 1e-9:
        return Light.GREEN
    return Light.AMBER if actual >= target.goal - target.amber else Light.RED


@dataclass(frozen=True)
class Figure:
    target: Target
    actual: float | None  # None: nothing to measure this month
    done: int  # the records that meet the rule (a rate's numerator)
    total: int  # the records the rule applies to (its denominator); a count's value for at_most targets

    @property
    def light(self) -> Light:
        return light(self.target, self.actual)
