"""Compliance checks: the GDPR Art. 13/14 checklist (C01–C32), the user's vendor requirements, and the
risk signals (R01–R23) between two versions. Rules are data (config/rules/*.yaml); see docs/compliance.md."""
