namespace TipBot.LoadBench.Soak;

/// <summary>The `soak` command: options, Ctrl+C, exit codes (0 clean, 1 errors or something lost, 2 bad options).</summary>
public static class SoakMain
{
    public static async Task<int> RunAsync(string[] args)
    {
        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args, BenchOptions.FindRepoRoot());
        }
        catch (ArgumentException e)
        {
            if (e.Message.Length > 0)
            {
                Console.Error.WriteLine(e.Message);
            }
            Console.Error.WriteLine(SoakOptions.Usage);
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await SoakRun.RunAsync(options, cancel.Token);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
