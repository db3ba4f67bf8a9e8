"""BI 行为规范 as values: the standards a supervisor watches (from the seed's 服务礼仪 and G1), how they
were checked, an observation, and a staff member's month."""

from __future__ import annotations

from dataclasses import dataclass

# G1 and the etiquette pages of the seed: 主动问好、见面微笑、起身服务、双手递交, the telephone rules, 仪容仪表
STANDARDS = ["主动问好", "见面微笑", "起身服务", "双手递交", "电话三声内接听", "电话标准问候语", "服务用语",
             "着装整洁", "仪容仪表", "仪态端庄", "工作纪律"]  # fmt: skip
METHODS = ["班前检查", "现场检查", "暗访调查", "神秘客户", "抽查电话录音"]


@dataclass(frozen=True)
class Observation:
    id: int
    observed_on: str
    staff: str
    standard: str
    method: str
    passed: bool
    note: str
    observer: str


@dataclass(frozen=True)
class StaffMonth:
    staff: str
    checks: int
    passed: int
    failed_standards: tuple[str, ...]  # what fell short, most often first

    @property
    def rate(self) -> float | None:
        return self.passed / self.checks if self.checks else None
