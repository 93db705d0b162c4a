return TipBot.Indexer.Cli.CliApp.Run(args, Console.Out, Console.Error);
