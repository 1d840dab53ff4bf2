using Nesting.Cli;

return NestCli.Run(args, Console.Out, Console.Error, LiveProgress.ForTerminal);
