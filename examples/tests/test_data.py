from pathlib import Path

import pandas as pd
import pytest

from churn.data import clean, load_customers, normalise_payment

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "customers.csv"


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return load_customers(SAMPLE)


def test_sample_loads(sample):
    assert len(sample) == 30
    assert sample["customer_id"].str.startswith("C").all()


def test_clean_drops_unusable_rows(sample):
    cleaned = clean(sample)
    assert len(cleaned) == 28
    assert (cleaned["monthly_charges"] > 0).all()


def test_clean_fills_total_charges_and_adds_target(sample):
    cleaned = clean(sample)
    assert cleaned["total_charges"].notna().all()
    assert set(cleaned["churned"]) <= {0, 1}
    assert "churn" not in cleaned.columns


def test_clean_does_not_modify_input(sample):
    before = sample.copy()
    clean(sample)
    pd.testing.assert_frame_equal(sample, before)


def test_normalise_payment_merges_auto_variants():
    methods = pd.Series(["Credit Card (auto)", " credit card", None, "Bank transfer"])
    expected = ["credit card", "credit card", "unknown", "bank transfer"]
    assert normalise_payment(methods).tolist() == expected
