using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own switches, e.g. `--filter *Dxf*` or `--list flat`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
