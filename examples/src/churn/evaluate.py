"""Evaluate a saved model on the full extract and score the monthly batch.

Usage: python -m churn.evaluate --model-dir models --params params.json --out reports/eval.json
"""

import argparse
import json
from pathlib import Path

import joblib
import mlflow
import pandas as pd
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from churn.data import clean, load_raw, load_scoring_batch
from churn.features import FeatureSpec, build_feature_frame, make_features, signup_cohort
from churn.train import load_params


def load_model(model_dir: Path):
    model = joblib.load(model_dir / "model.joblib")
    return model


def evaluate(model, X: pd.DataFrame, y_true: pd.Series, threshold: float = 0.5) -> dict:
    proba = model.predict_proba(X)[:, 1]
    preds = (proba >= threshold).astype(int)
    scores = {
        "roc_auc": roc_auc_score(y_true, proba),
        "f1": f1_score(y_true, preds),
        "precision": precision_score(y_true, preds, zero_division=0),
        "recall": recall_score(y_true, preds, zero_division=0),
    }
    for name, value in scores.items():
        mlflow.log_metric(name, round(value, 4))
    return scores


def recall_by_cohort(model, X: pd.DataFrame, y_true: pd.Series, cohorts: pd.Series) -> dict:
    """Recall per signup quarter; the team watches the newest cohorts most."""
    preds = pd.Series(model.predict(X), index=X.index)
    result = {}
    for cohort, idx in cohorts.groupby(cohorts).groups.items():
        result[cohort] = round(recall_score(y_true[idx], preds[idx], zero_division=0), 3)
    return result


def risk_band(probability: float, tenure_months: int, monthly_charges: float) -> str:
    """Bands used by the retention team's call lists."""
    if probability >= 0.7 or (probability >= 0.5 and monthly_charges > 80):
        return "high"
    if probability >= 0.4:
        return "medium" if tenure_months < 12 else "watch"
    return "low"


def score_batch(model, batch: pd.DataFrame, spec: FeatureSpec, threshold: float) -> pd.DataFrame:
    features = make_features(batch)
    proba = model.predict_proba(features[spec.columns()])[:, 1]
    scored = pd.DataFrame({"churn_probability": proba.round(4)}, index=batch.index)
    scored["flag"] = proba >= threshold
    rows = zip(proba, batch["tenure_months"], batch["monthly_charges"])
    scored["band"] = [risk_band(p, tenure, charges) for p, tenure, charges in rows]
    return scored


def log_evaluation(report: dict, *artifacts: Path, prefix: str = "eval", **tags: str) -> None:
    """Log cohort recalls, tags and report files to the active MLflow run."""
    mlflow.set_tags(tags)
    for cohort, value in report.get("recall_by_cohort", {}).items():
        mlflow.log_metric(f"{prefix}_recall_{cohort}", value)
    for path in artifacts:
        mlflow.log_artifact(str(path))


def write_report(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Evaluate the churn model.")
    parser.add_argument("--model-dir", default="models", type=Path)
    parser.add_argument("--params", default="params.json")
    parser.add_argument("--batch", type=Path, help="optional CSV of customers to score")
    parser.add_argument("--out", default="reports/eval.json", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    params = load_params(args.params)
    spec = FeatureSpec.from_params(params)
    model = load_model(args.model_dir)
    df = clean(load_raw(params["data"]["raw_path"]))
    X, y = build_feature_frame(df, spec)
    with mlflow.start_run(run_name="evaluate"):
        report = {"overall": evaluate(model, X, y, params["train"]["threshold"])}
        report["recall_by_cohort"] = recall_by_cohort(model, X, y, signup_cohort(df["signup_date"]))
        write_report(report, args.out)
        log_evaluation(report, args.out, stage="evaluate", model_dir=str(args.model_dir))
    if args.batch:
        scored = score_batch(model, load_scoring_batch(args.batch), spec, 0.5)
        scored.to_csv(args.out.with_name("scores.csv"))


if __name__ == "__main__":
    main()
