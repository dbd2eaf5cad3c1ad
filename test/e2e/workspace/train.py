"""Training script fixture for the ml-practices end-to-end tests.

Each top-level function below breaks exactly one rule on purpose:
  - train_model:      long-function    (more than 15 lines of code)
  - pick_optimizer:   complex-function (more than 4 branch points: six `if`s)
  - build_model:      many-parameters  (six parameters)
  - evaluate:         compliant (no finding)
"""


def train_model(samples, epochs):
    weight = 0.0
    bias = 0.0
    learning_rate = 0.01
    decay = 0.95
    history = []
    count = max(len(samples), 1)
    xs = [x for x, _ in samples]
    ys = [y for _, y in samples]
    for epoch in range(epochs):
        predictions = weight * sum(xs) / count + bias
        error = predictions - sum(ys) / count
        weight -= learning_rate * error * sum(xs) / count
        bias -= learning_rate * error
        history.append(error * error)
        learning_rate *= decay
    summary = {"weight": weight, "bias": bias}
    summary["history"] = history
    summary["epochs"] = epochs
    return summary


def pick_optimizer(name, lr):
    if lr <= 0:
        raise ValueError("lr must be positive")
    if name == "momentum":
        return ("momentum", lr, 0.9)
    if name == "adam":
        return ("adam", lr, 0.9, 0.999)
    if name == "adamw":
        return ("adamw", lr, 0.01)
    if name == "rmsprop":
        return ("rmsprop", lr, 0.99)
    if name == "nesterov":
        return ("nesterov", lr, 0.9)
    return ("sgd", lr)


def build_model(input_dim, hidden_dim, output_dim, dropout, activation, seed):
    layers = [input_dim, hidden_dim, output_dim]
    return {"layers": layers, "dropout": dropout, "activation": activation, "seed": seed}


def evaluate(predictions, targets):
    total = sum(abs(p - t) for p, t in zip(predictions, targets))
    return total / max(len(targets), 1)
