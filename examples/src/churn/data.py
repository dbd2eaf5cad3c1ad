"""Loading and cleaning the CRM churn extract."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera as pa

CONTRACTS = ["month-to-month", "one-year", "two-year"]

RAW_SCHEMA = pa.DataFrameSchema(
    {
        "customer_id": pa.Column(str, unique=True),
        "signup_date": pa.Column(pa.DateTime),
        "contract": pa.Column(str, pa.Check.isin(CONTRACTS)),
        "payment_method": pa.Column(str, nullable=True),
        "tenure_months": pa.Column(int, pa.Check.ge(0)),
        "monthly_charges": pa.Column(float, pa.Check.ge(0)),
        "total_charges": pa.Column(float, nullable=True),
        "support_tickets": pa.Column(int, pa.Check.ge(0)),
        "churn": pa.Column(str, pa.Check.isin(["Yes", "No"]), nullable=True),
    },
    coerce=True,
    strict=False,
)

SAMPLE_COLUMNS = {"customer_id", "contract", "tenure_months", "monthly_charges", "churn"}

PAYMENT_ALIASES = {
    "credit card (auto)": "credit card",
    "bank transfer (auto)": "bank transfer",
}


def load_raw(path: str | Path) -> pd.DataFrame:
    """Read the DVC-tracked extract and validate it against RAW_SCHEMA."""
    df = pd.read_csv(path, parse_dates=["signup_date"])
    df = RAW_SCHEMA.validate(df)
    return df


def load_customers(path: str | Path) -> pd.DataFrame:
    """Read the committed sample. Lighter checks than load_raw, for notebooks and tests."""
    customers = pd.read_csv(path)
    assert SAMPLE_COLUMNS <= set(customers.columns), f"{path}: unexpected columns"
    assert customers["customer_id"].is_unique, f"{path}: duplicate customer ids"
    return customers


def load_scoring_batch(path: str | Path) -> pd.DataFrame:
    """Read this month's active customers to score (same layout, no churn column)."""
    batch = pd.read_csv(path, dtype={"customer_id": str})
    batch["signup_date"] = pd.to_datetime(batch["signup_date"])
    return batch.set_index("customer_id")


def normalise_payment(methods: pd.Series) -> pd.Series:
    """Lower-case payment methods, merge the '(auto)' variants and fill gaps."""
    lowered = methods.fillna("unknown").str.strip().str.lower()
    return lowered.replace(PAYMENT_ALIASES)


def clean(df: pd.DataFrame) -> pd.DataFrame:
    """Return a cleaned copy: drop unusable rows, fill total_charges, add the target."""
    out = df.dropna(subset=["churn", "tenure_months"])
    out = out[out["monthly_charges"] > 0].copy()
    estimate = out["monthly_charges"] * out["tenure_months"]
    out["total_charges"] = out["total_charges"].fillna(estimate)
    out["payment_method"] = normalise_payment(out["payment_method"])
    out["churned"] = (out["churn"] == "Yes").astype(int)
    return out.drop(columns=["churn"]).reset_index(drop=True)
