"""Reference trajectories for src/math/optim (written to optim_reference.json beside this file).

torch is not installed here, so each optimizer's update is computed with numpy from the
frameworks' documented update rules:
- torch.optim.SGD (momentum, nesterov): https://pytorch.org/docs/stable/generated/torch.optim.SGD.html
    b_t = mu*b_{t-1} + g_t (b_1 = g_1); nesterov: g_t <- g_t + mu*b_t, else g_t <- b_t;
    theta_t = theta_{t-1} - lr*g_t
- Sutskever et al. 2013 / keras.optimizers.SGD(momentum):
  https://keras.io/api/optimizers/sgd/   velocity = momentum*velocity - lr*g; w = w + velocity
- torch.optim.RMSprop: https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html
    v_t = alpha*v_{t-1} + (1-alpha)*g_t^2; theta_t = theta_{t-1} - lr*g_t/(sqrt(v_t)+eps)
- torch.optim.Adam: https://pytorch.org/docs/stable/generated/torch.optim.Adam.html
    m_t = b1*m + (1-b1)*g; v_t = b2*v + (1-b2)*g^2; mhat = m_t/(1-b1^t); vhat = v_t/(1-b2^t);
    theta_t = theta_{t-1} - lr*mhat/(sqrt(vhat)+eps)
- keras.optimizers.Adam: https://keras.io/api/optimizers/adam/ (source keras/src/optimizers/adam.py)
    alpha = lr*sqrt(1-b2^t)/(1-b1^t); m += (g-m)*(1-b1); v += (g^2-v)*(1-b2);
    w -= alpha*m/(sqrt(v)+epsilon), epsilon default 1e-7
- Schedules: torch.optim.lr_scheduler.StepLR (lr0*gamma^floor(t/step_size)), ExponentialLR
  (lr0*gamma^t), CosineAnnealingLR closed form (eta_min + (lr0-eta_min)*(1+cos(pi*t/T))/2);
  keras.optimizers.schedules.InverseTimeDecay (lr0/(1 + rate*t/steps)).

Run: python3 tests/data/optim_reference.py
"""
import json
import math
import os

import numpy as np


def rosenbrock_grad(p, a=1.0, b=100.0):
    x, y = p
    return np.array([-2 * (a - x) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)])


def himmelblau_grad(p):
    x, y = p
    return np.array([4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
                     2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)])


A = np.array([[3.0, 1.0], [1.0, 2.0]])
B = np.array([1.0, -1.0])


def quadratic_grad(p):
    return A @ p - B


GRADS = {"rosenbrock": rosenbrock_grad, "himmelblau": himmelblau_grad,
         "quadratic": quadratic_grad}


def lr_at(schedule, lr0, t):
    kind = schedule["kind"]
    if kind == "constant":
        return lr0
    if kind == "exponential":
        return lr0 * schedule["gamma"] ** t
    if kind == "step":
        return lr0 * schedule["gamma"] ** (t // schedule["every"])
    if kind == "cosine":
        T, lo = schedule["t_max"], schedule["eta_min"]
        return lo + (lr0 - lo) * (1 + math.cos(math.pi * t / T)) / 2
    if kind == "inverse_time":
        return lr0 / (1 + schedule["rate"] * t / schedule["steps"])
    raise ValueError(kind)


def trajectory(case):
    grad = GRADS[case["problem"]]
    theta = np.array(case["x0"], dtype=float)
    method, lr0 = case["method"], case["lr"]
    sched = case.get("schedule", {"kind": "constant"})
    state = {"b": np.zeros_like(theta), "m": np.zeros_like(theta), "v": np.zeros_like(theta)}
    out = []
    for k in range(case["steps"]):
        t = k + 1
        lr = lr_at(sched, lr0, k)
        g = grad(theta)
        if method == "gd":
            theta = theta - lr * g
        elif method == "momentum_torch":
            state["b"] = case["mu"] * state["b"] + g
            theta = theta - lr * state["b"]
        elif method == "momentum_sutskever":
            # Keras: velocity = mu*velocity - lr*g; w += velocity (v below is -velocity)
            state["b"] = case["mu"] * state["b"] + lr * g
            theta = theta - state["b"]
        elif method == "nesterov":
            state["b"] = case["mu"] * state["b"] + g
            theta = theta - lr * (g + case["mu"] * state["b"])
        elif method == "rmsprop":
            alpha, eps = case["alpha"], case["eps"]
            state["v"] = alpha * state["v"] + (1 - alpha) * g * g
            theta = theta - lr * g / (np.sqrt(state["v"]) + eps)
        elif method in ("adam_torch", "adam_keras"):
            b1, b2, eps = case["beta1"], case["beta2"], case["eps"]
            state["m"] = b1 * state["m"] + (1 - b1) * g
            state["v"] = b2 * state["v"] + (1 - b2) * g * g
            if method == "adam_torch":
                mhat = state["m"] / (1 - b1 ** t)
                vhat = state["v"] / (1 - b2 ** t)
                theta = theta - lr * mhat / (np.sqrt(vhat) + eps)
            else:
                alpha = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
                theta = theta - alpha * state["m"] / (np.sqrt(state["v"]) + eps)
        else:
            raise ValueError(method)
        out.append(theta.tolist())
    return out


ADAM = {"beta1": 0.9, "beta2": 0.999}
CASES = [
    {"name": "gd_rosenbrock", "problem": "rosenbrock", "method": "gd", "lr": 1e-3},
    {"name": "gd_quadratic", "problem": "quadratic", "method": "gd", "lr": 0.2},
    {"name": "momentum_torch", "problem": "rosenbrock", "method": "momentum_torch",
     "lr": 1e-3, "mu": 0.9},
    {"name": "momentum_sutskever", "problem": "rosenbrock", "method": "momentum_sutskever",
     "lr": 1e-3, "mu": 0.9},
    {"name": "momentum_torch_exp", "problem": "quadratic", "method": "momentum_torch",
     "lr": 0.1, "mu": 0.9, "schedule": {"kind": "exponential", "gamma": 0.5}},
    {"name": "momentum_sutskever_exp", "problem": "quadratic",
     "method": "momentum_sutskever", "lr": 0.1, "mu": 0.9,
     "schedule": {"kind": "exponential", "gamma": 0.5}},
    {"name": "nesterov", "problem": "rosenbrock", "method": "nesterov", "lr": 1e-3, "mu": 0.9},
    {"name": "rmsprop", "problem": "rosenbrock", "method": "rmsprop", "lr": 0.01,
     "alpha": 0.99, "eps": 1e-8},
    {"name": "adam_torch", "problem": "rosenbrock", "method": "adam_torch", "lr": 0.1,
     "eps": 1e-8, **ADAM},
    {"name": "adam_keras", "problem": "rosenbrock", "method": "adam_keras", "lr": 0.1,
     "eps": 1e-7, **ADAM},
    {"name": "adam_torch_big_eps", "problem": "quadratic", "method": "adam_torch", "lr": 0.1,
     "eps": 0.1, **ADAM},
    {"name": "adam_keras_big_eps", "problem": "quadratic", "method": "adam_keras", "lr": 0.1,
     "eps": 0.1, **ADAM},
    {"name": "adam_torch_himmelblau_cosine", "problem": "himmelblau", "method": "adam_torch",
     "lr": 0.1, "eps": 1e-8, "schedule": {"kind": "cosine", "t_max": 6, "eta_min": 0.01},
     **ADAM},
]
X0 = {"rosenbrock": [-1.2, 1.0], "quadratic": [2.0, -3.0], "himmelblau": [0.5, 0.5]}

for case in CASES:
    case.setdefault("x0", X0[case["problem"]])
    case.setdefault("steps", 8)
    case["trajectory"] = trajectory(case)

SCHEDULES = [
    {"kind": "step", "every": 3, "gamma": 0.5},
    {"kind": "exponential", "gamma": 0.9},
    {"kind": "cosine", "t_max": 10, "eta_min": 0.001},
    {"kind": "inverse_time", "rate": 0.5, "steps": 2.0},
]
for s in SCHEDULES:
    s["lr0"] = 0.1
    s["values"] = [lr_at(s, 0.1, t) for t in range(12)]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "optim_reference.json"), "w") as f:
    json.dump({"quadratic": {"a": A.tolist(), "b": B.tolist()}, "cases": CASES,
               "schedules": SCHEDULES}, f, indent=1)
