using System.Reflection;
using System.Runtime.CompilerServices;

namespace TipBot.Indexer.Search;

/// <summary>
/// The engine's regular expressions (source-generated, <c>[GeneratedRegex]</c>) compiled once per process, in the
/// background, when the first index opens: the question that is the first to reach a rarely met question form no longer
/// waits for the compiler.
/// </summary>
/// <remarks>
/// Methods are compiled at their first call (the indexer runs without tiered compilation, so each is compiled once, fully
/// optimised). After the bench's 200 warm-up questions about 30 methods were still compiled during its 1,000 measured
/// ones, most of them the matchers of rarely met forms: <see cref="SmallTalk"/>'s closing (28 KB of machine code, about
/// 40 ms), <see cref="FactQuestion"/>'s asker's number (14 KB, about 30 ms), the difference, norm and people-named forms
/// (2-4 ms): four of the eleven slowest questions that set the 10,000 p99. Each generated type's class constructor runs
/// first, so its methods are compiled with its statics known as at a first call; those constructors only make the
/// regular expression and its tables from framework types. Nothing a search answers depends on it.
/// </remarks>
public static class EngineCode
{
    private const string GeneratedNamespace = "System.Text.RegularExpressions.Generated";

    private static readonly Lazy<Task> Compiling = new(() => Task.Factory.StartNew(CompileRegularExpressions,
        CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>Starts compiling (the first call in a process) and returns the task that does it.</summary>
    public static Task Compiled() => Compiling.Value;

    /// <summary>How many methods of the generated types were handed to the compiler (once <see cref="Compiled"/> is done).</summary>
    internal static int MethodCount { get; private set; }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static void CompileRegularExpressions()
    {
        Type?[] types;
        try
        {
            types = typeof(EngineCode).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }
        var generated = types.Where(t => t is { ContainsGenericParameters: false } && t.Namespace == GeneratedNamespace).Select(t => t!).ToList();
        foreach (var type in generated) Try(() => RuntimeHelpers.RunClassConstructor(type.TypeHandle));
        foreach (var type in generated)
        {
            foreach (var method in type.GetMethods(Declared | BindingFlags.Static)) Compile(method);
            foreach (var constructor in type.GetConstructors(Declared)) Compile(constructor);
        }
    }

    private static void Compile(MethodBase method)
    {
        if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() is null) return;
        Try(() => RuntimeHelpers.PrepareMethod(method.MethodHandle));
        MethodCount++;
    }

    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (Exception)
        {
            // Whatever the runtime will not prepare ahead of its first call is prepared at that call, as before: never a
            // reason for the warm-up (and so the searcher) to fail.
        }
    }
}
