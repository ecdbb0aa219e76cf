using TradeApi.Cli;

if (args.Length > 0 && args[0] == "extract") return ExtractCommand.Run(args[1..], Console.Out, Console.Error);
return 0;
