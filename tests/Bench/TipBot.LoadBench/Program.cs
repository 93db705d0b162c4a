using TipBot.LoadBench;
using TipBot.LoadBench.Soak;

// Load benchmark of POST /api/messages (expectReplies, local mode): TipBot next to a bare SDK echo bot and a
// botbuilder JS echo bot, one after the other in one run. Progress goes to stderr; the table, verdicts and JSON to stdout.
// With "soak" first: the soak run of two instances on PostgreSQL (Soak/SoakRun.cs).
if (args.Length > 0 && args[0] == "soak")
{
    return await SoakMain.RunAsync(args[1..]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    if (e.Message.Length > 0)
    {
        Console.Error.WriteLine(e.Message);
    }
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var questions = QuestionSet.Load(options.RepoRoot);
var dataFolder = Directory.CreateTempSubdirectory("tipbot-loadbench-");
try
{
    var targets = new List<Target>();
    foreach (var name in options.Targets)
    {
        switch (name)
        {
            case "sdk-echo":
                targets.Add(Target.SdkEcho(options.RepoRoot));
                break;
            case "js-echo":
                targets.Add(Target.JsEcho(options.RepoRoot));
                break;
            default:
                targets.AddRange(options.Storages.Select(storage =>
                    Target.TipBot(options.RepoRoot, storage, dataFolder.CreateSubdirectory(storage).FullName)));
                break;
        }
    }

    var loadBefore = Report.LoadAverage();
    Console.Error.WriteLine($"{questions.Questions.Count} questions, {options.Concurrency} conversations, load average {loadBefore}");
    var runner = new TargetRunner(options, questions);
    var results = new List<TargetResult>();
    foreach (var target in targets)
    {
        results.Add(await runner.RunAsync(target, cancel.Token));
    }
    var loadAfter = Report.LoadAverage();

    Console.WriteLine();
    Console.Write(Report.Table(results));
    Console.WriteLine();
    foreach (var verdict in Report.Verdicts(results))
    {
        Console.WriteLine(verdict);
    }
    foreach (var result in results.Where(r => r.ErrorSamples.Count > 0))
    {
        Console.WriteLine($"errors of {result.Target}: {string.Join(" | ", result.ErrorSamples)}");
    }
    Console.WriteLine($"load average before {loadBefore}, after {loadAfter}; {Environment.ProcessorCount} processors");
    Console.WriteLine(Report.Json(options, loadBefore, loadAfter, results));
    return 0;
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
finally
{
    dataFolder.Delete(recursive: true);
}
