"""The reproduction of OnednnConvInputGradient.java in PyTorch, for an upstream report.

Input gradient of a 3x3 convolution, stride 1, padding 1, against float64 on the same data, for output-channel
counts that do and do not fill oneDNN's 16-channel blocks. Run with the PyTorch whose libtorch DJL uses (2.7.1):
    pip install torch==2.7.1 --index-url https://download.pytorch.org/whl/cpu
    OMP_NUM_THREADS=2 python3 onednn_conv_input_gradient.py
"""
import torch

torch.manual_seed(1)
print("torch", torch.__version__, "mkldnn", torch.backends.mkldnn.is_available(), "threads", torch.get_num_threads())
for out in (1, 3, 8, 16, 20, 32):
    x = torch.randn(16, 64, 64, 64)
    w = torch.randn(out, 64, 3, 3) * 0.05
    g = torch.randn(16, out, 64, 64)
    torch.full((16 * 16 * 64 * 64 * 64,), float("nan"))  # stale NaN memory, freed at once
    xf = x.clone().requires_grad_()
    torch.nn.functional.conv2d(xf, w, padding=1).backward(g)
    xd = x.double().requires_grad_()
    torch.nn.functional.conv2d(xd, w.double(), padding=1).backward(g.double())
    err = ((xf.grad.double() - xd.grad).abs().nan_to_num(float("inf")).max() / xd.grad.abs().max()).item()
    print(f"{out:2d} output channels: input gradient max relative error {err:.2e}, NaN entries {int(xf.grad.isnan().sum())}"
          + ("   WRONG" if err > 1e-4 else ""))
