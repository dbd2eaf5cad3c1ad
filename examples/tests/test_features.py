import numpy as np
import pandas as pd
import pytest

from churn.features import (
    FeatureSpec,
    add_ratio_features,
    add_tenure_bucket,
    build_feature_frame,
    signup_cohort,
    tenure_bucket,
)


COLUMNS = [
    "customer_id", "contract", "payment_method", "tenure_months",
    "monthly_charges", "total_charges", "support_tickets", "churned",
]


@pytest.fixture
def customers() -> pd.DataFrame:
    rows = [
        ("C1", "month-to-month", "credit card", 0, 70.0, 70.0, 0, 1),
        ("C2", "one-year", "bank transfer", 14, 55.5, 760.0, 3, 0),
        ("C3", "two-year", "unknown", 60, 20.0, 1250.0, 1, 0),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


@pytest.fixture
def spec() -> FeatureSpec:
    return FeatureSpec(
        numeric=["tenure_months", "monthly_charges", "avg_monthly_spend"],
        categorical=["contract", "tenure_bucket"],
    )


@pytest.mark.parametrize(
    ("months", "expected"),
    [(0, "new"), (6, "first-year"), (23, "established"), (24, "loyal"), (120, "long-term")],
)
def test_tenure_bucket_boundaries(months, expected):
    assert tenure_bucket(months) == expected


def test_ratio_features_leave_input_untouched(customers):
    before = customers.copy()
    add_ratio_features(customers)
    pd.testing.assert_frame_equal(customers, before)


def test_ratio_features_handle_zero_tenure(customers):
    out = add_ratio_features(customers)
    assert np.isfinite(out["avg_monthly_spend"]).all()
    assert out.loc[0, "avg_monthly_spend"] == pytest.approx(70.0)


def test_tickets_per_year(customers):
    out = add_ratio_features(customers)
    assert out.loc[1, "tickets_per_year"] == pytest.approx(3 / (14 / 12))


def test_add_tenure_bucket(customers):
    buckets = add_tenure_bucket(customers)["tenure_bucket"].tolist()
    assert buckets == ["new", "established", "long-term"]


def test_build_feature_frame_uses_spec_columns(customers, spec):
    X, y = build_feature_frame(customers, spec)
    assert list(X.columns) == spec.columns()
    assert y.tolist() == [1, 0, 0]


def test_build_feature_frame_reports_missing_columns(customers, spec):
    with pytest.raises(KeyError, match="support_rate"):
        build_feature_frame(customers, FeatureSpec(spec.numeric + ["support_rate"], []))


def test_spec_from_params():
    params = {"features": {"numeric": ["a"], "categorical": ["b"]}}
    spec = FeatureSpec.from_params(params)
    assert spec.columns() == ["a", "b"]
    assert spec.target == "churned"


def test_signup_cohort():
    dates = pd.Series(["2023-11-02", "2024-01-15"])
    assert signup_cohort(dates).tolist() == ["2023Q4", "2024Q1"]
