"""Feature engineering for the churn model. Functions return new frames."""

from __future__ import annotations

import numpy as np
import pandas as pd


class FeatureSpec:
    """Which columns go into the model; stored in params.json under "features"."""

    def __init__(self, numeric, categorical, target="churned", id_column="customer_id"):
        self.numeric = list(numeric)
        self.categorical = list(categorical)
        self.target = target
        self.id_column = id_column

    @classmethod
    def from_params(cls, params: dict) -> FeatureSpec:
        cfg = params["features"]
        return cls(cfg["numeric"], cfg["categorical"], target=cfg.get("target", "churned"))

    def columns(self) -> list[str]:
        return self.numeric + self.categorical

    def __repr__(self) -> str:
        return f"FeatureSpec(numeric={self.numeric}, categorical={self.categorical})"


def tenure_bucket(months: int) -> str:
    """Coarse tenure groups; boundaries agreed with the retention team."""
    if months < 6:
        return "new"
    elif months < 12:
        return "first-year"
    elif months < 24:
        return "established"
    elif months < 48:
        return "loyal"
    return "long-term"


def add_ratio_features(df: pd.DataFrame) -> pd.DataFrame:
    """Spend and support ratios. Tenure is clipped at one month to avoid dividing by zero."""
    out = df.copy()
    months = out["tenure_months"].clip(lower=1)
    out["avg_monthly_spend"] = out["total_charges"] / months
    out["charge_increase"] = out["monthly_charges"] - out["avg_monthly_spend"]
    out["tickets_per_year"] = out["support_tickets"] / (months / 12)
    out["log_total_charges"] = np.log1p(out["total_charges"])
    return out


def add_tenure_bucket(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(tenure_bucket=df["tenure_months"].map(tenure_bucket))


def make_features(df: pd.DataFrame) -> pd.DataFrame:
    """All engineered columns; used for training and for scoring."""
    return add_tenure_bucket(add_ratio_features(df))


def signup_cohort(signup_dates: pd.Series) -> pd.Series:
    """Quarter of signup, e.g. '2023Q4'; used for grouped evaluation."""
    return pd.to_datetime(signup_dates).dt.to_period("Q").astype(str)


def build_feature_frame(df: pd.DataFrame, spec: FeatureSpec) -> tuple[pd.DataFrame, pd.Series]:
    """Model inputs X and target y from a cleaned frame."""
    features = make_features(df)
    missing = [c for c in spec.columns() if c not in features.columns]
    if missing:
        raise KeyError(f"feature columns not found: {missing}")
    return features[spec.columns()], features[spec.target]
