namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a library term one letter from a question word is that word mistyped, or another word: a long word whose one
/// changed consonant is neither a neighbouring key nor a consonant of the same sound ("bereid" / "beleid": r and l lie far
/// apart and sound unlike) names another thing; a slip of the finger hits a neighbouring key ("beleud"), a spelling slip
/// writes a consonant that sounds alike ("wordt" / "word", "collega" / "kollega").
/// </summary>
public static class KeyboardSlips
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    private static readonly double[] RowShift = [0, 0.25, 0.75];

    // Consonants written for one another by sound: voiced and voiceless pairs, c for k or s.
    private static readonly string[] SoundAlike = ["dt", "bp", "sz", "fv", "ck", "cs"];

    /// <summary>The shortest question word read so: a short word changes its sense with any letter, a typo as often as not.</summary>
    public const int MinWord = 6;

    /// <summary>
    /// Whether <paramref name="near"/> has the length of <paramref name="stem"/> and differs from it in one consonant, not in its
    /// last two letters (an ending), by a key that is neither a neighbour nor of the same sound.
    /// </summary>
    public static bool IsOtherWord(string stem, string near)
    {
        if (stem.Length < MinWord || near.Length != stem.Length) return false;
        var at = -1;
        for (var i = 0; i < stem.Length; i++)
        {
            if (stem[i] == near[i]) continue;
            if (at >= 0) return false;
            at = i;
        }
        if (at < 0 || at >= stem.Length - 2) return false;
        var (a, b) = (stem[at], near[at]);
        return IsConsonant(a) && IsConsonant(b) && !AreNeighbours(a, b) && !SoundAlike.Any(p => p.Contains(a) && p.Contains(b));
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c) < 0;

    /// <summary>Keys that touch on a QWERTY keyboard (a row's neighbours, and the keys above and below).</summary>
    internal static bool AreNeighbours(char a, char b)
    {
        if (Position(a) is not { } pa || Position(b) is not { } pb) return false;
        var dr = pa.Row - pb.Row;
        var dc = pa.Column - pb.Column;
        return Math.Abs(dr) <= 1 && Math.Abs(dc) <= 1.0 + (dr == 0 ? 0 : 0.01);
    }

    private static (int Row, double Column)? Position(char c)
    {
        for (var r = 0; r < Rows.Length; r++)
        {
            var i = Rows[r].IndexOf(c);
            if (i >= 0) return (r, i + RowShift[r]);
        }
        return null;
    }
}
