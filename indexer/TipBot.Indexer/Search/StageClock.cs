using System.Diagnostics;
namespace TipBot.Indexer.Search;
public static class StageClock
{
    public static readonly string[] Names = ["analyze", "build", "docquery", "candterms", "coverage", "focus", "sections", "groups", "hits"];
    public static readonly double[] Last = new double[Names.Length];
    private static long _t;
    public static bool Typo;
    public static void Start() { Array.Clear(Last); _t = Stopwatch.GetTimestamp(); }
    public static void Mark(int i) { var n = Stopwatch.GetTimestamp(); Last[i] += Stopwatch.GetElapsedTime(_t, n).TotalMilliseconds; _t = n; }
}
