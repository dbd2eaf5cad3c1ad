"""Train the churn classifier and log the run to MLflow.

Usage: python -m churn.train --params params.json --out models
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import joblib
import mlflow
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn.data import clean, load_raw
from churn.features import FeatureSpec, build_feature_frame

REQUIRED_SECTIONS = {"data", "features", "model", "train"}


def load_params(path: str | Path) -> dict:
    with open(path) as f:
        params = json.load(f)
    missing = REQUIRED_SECTIONS - params.keys()
    if missing:
        raise KeyError(f"{path}: missing sections {sorted(missing)}")
    return params


def make_preprocessor(spec: FeatureSpec) -> ColumnTransformer:
    numeric = Pipeline(
        [("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]
    )
    categorical = OneHotEncoder(handle_unknown="ignore")
    return ColumnTransformer(
        [("num", numeric, spec.numeric), ("cat", categorical, spec.categorical)]
    )


def build_model(spec, kind, n_estimators, max_depth, class_weight, random_state):
    """Preprocessing + classifier. kind is "forest" or "logreg"."""
    if kind == "logreg":
        clf = LogisticRegression(
            max_iter=1000, class_weight=class_weight, random_state=random_state
        )
    else:
        clf = RandomForestClassifier(
            n_estimators=n_estimators,
            max_depth=max_depth,
            class_weight=class_weight,
            random_state=random_state,
            n_jobs=-1,
        )
    return Pipeline([("prep", make_preprocessor(spec)), ("clf", clf)])


def train(params: dict, out_dir: Path) -> dict:
    """Fit on a stratified split, log params and metrics to MLflow, save the model."""
    data_cfg, model_cfg, train_cfg = params["data"], params["model"], params["train"]
    df = clean(load_raw(data_cfg["raw_path"]))
    if train_cfg.get("min_tenure"):
        df = df[df["tenure_months"] >= train_cfg["min_tenure"]]
    if len(df) < 50:
        raise ValueError(f"only {len(df)} usable rows, refusing to train")
    spec = FeatureSpec.from_params(params)
    X, y = build_feature_frame(df, spec)
    stratify = y if train_cfg.get("stratify", True) else None
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=train_cfg["test_size"], stratify=stratify, random_state=train_cfg["seed"]
    )
    threshold = train_cfg.get("threshold", 0.5)

    mlflow.set_experiment(train_cfg.get("experiment", "churn"))
    with mlflow.start_run(run_name=train_cfg.get("run_name")):
        mlflow.log_params({k: v for k, v in model_cfg.items() if v is not None})
        mlflow.log_param("n_train", len(X_train))
        model = build_model(
            spec,
            model_cfg["kind"],
            model_cfg.get("n_estimators", 300),
            model_cfg.get("max_depth"),
            model_cfg.get("class_weight"),
            train_cfg["seed"],
        )
        model.fit(X_train, y_train)

        proba = model.predict_proba(X_test)[:, 1]
        preds = (proba >= threshold).astype(int)
        metrics = {
            "roc_auc": roc_auc_score(y_test, proba),
            "f1": f1_score(y_test, preds),
            "precision": precision_score(y_test, preds, zero_division=0),
            "recall": recall_score(y_test, preds, zero_division=0),
        }
        for name, value in metrics.items():
            mlflow.log_metric(name, round(value, 4))

        if metrics["roc_auc"] < train_cfg.get("min_auc", 0.0):
            mlflow.set_tag("status", "below_min_auc")
            print(f"warning: roc_auc {metrics['roc_auc']:.3f} below min_auc")
        out_dir.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, out_dir / "model.joblib")
        mlflow.log_artifact(str(out_dir / "model.joblib"))

    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))
    return metrics


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the churn model.")
    parser.add_argument("--params", default="params.json")
    parser.add_argument("--out", default="models", type=Path)
    args = parser.parse_args(argv)
    metrics = train(load_params(args.params), args.out)
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
