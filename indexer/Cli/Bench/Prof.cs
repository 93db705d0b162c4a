using TipBot.Indexer.Search;
namespace TipBot.Indexer.Cli.Bench;
public static class Prof
{
    private static readonly List<(double Total, string Q, double[] S, bool T)> All = [];
    public static void Add((double a, string b, double[] c) x) => All.Add((x.a, x.b, x.c, StageClock.Typo));
    public static void Report(TextWriter log)
    {
        var sorted = All.OrderByDescending(x => x.Total).ToList();
        log.WriteLine("stage means (all): " + string.Join(" ", StageClock.Names.Select((n, i) => $"{n}={All.Average(x => x.S[i]):0.000}")));
        var tail = sorted.Take(20).ToList();
        log.WriteLine("stage means (slowest 20): " + string.Join(" ", StageClock.Names.Select((n, i) => $"{n}={tail.Average(x => x.S[i]):0.000}")));
        foreach (var x in sorted.Take(25)) log.WriteLine($"{x.Total,7:0.000} {string.Join(" ", x.S.Select(v => v.ToString("0.00").PadLeft(5)))}  {(x.T ? "T" : " ")} {x.Q}");
        foreach (var typo in new[] { false, true })
        {
            var v = All.Where(x => x.T == typo).Select(x => x.Total).Order().ToArray();
            if (v.Length > 0) log.WriteLine($"typo={typo}: n={v.Length} p50 {v[v.Length / 2]:0.000} p99 {v[(int)(v.Length * 0.99)]:0.000} mean {v.Average():0.000}");
        }
        var nogc = All.Where(x => x.Q.StartsWith("g000")).Select(x => x.Total).Order().ToArray();
        log.WriteLine($"without GC: n={nogc.Length} p99 {nogc[(int)(nogc.Length * 0.99)]:0.000}; with gc n={All.Count - nogc.Length}");
        var nt = All.Where(x => !x.T).Select(x => x.Total).Order().ToArray();
        log.WriteLine($"if typo were as cheap as others: p99 of nontypo at rank 990 of 1000 ~ {nt[(int)(nt.Length * 0.99)]:0.000}");
        for (var i = 0; i < StageClock.Names.Length; i++)
        {
            var v = All.Select(x => x.S[i]).Order().ToArray();
            log.WriteLine($"{StageClock.Names[i]}: p50 {v[v.Length / 2]:0.000} p99 {v[(int)(v.Length * 0.99)]:0.000}");
        }
    }
}
