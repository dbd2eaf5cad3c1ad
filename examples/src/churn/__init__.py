"""Customer churn model: data loading, features, training and evaluation."""

__version__ = "0.3.0"
