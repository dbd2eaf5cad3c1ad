"""Prepare the training table from the raw export."""
import pandas as pd


def prepare(path):
    df = pd.read_csv(path)
    df.head()
    return df[["age", "income"]]
