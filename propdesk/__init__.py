"""propdesk — the offline front desk of a residential property service office (物业服务中心)."""

__version__ = "0.1.0"
