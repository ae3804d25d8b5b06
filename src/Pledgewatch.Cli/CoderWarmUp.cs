using System.Runtime.CompilerServices;

namespace Pledgewatch.Cli;

/// <summary>
/// Loads the word tables of the amounts, dates and events stages (their static constructors read embedded files) on a
/// thread-pool thread while the main thread builds the entity lexicon: on two cores a one-sentence <c>code</c> answers
/// sooner. The stages are untouched; the runtime runs each static constructor once, whichever thread comes first.
/// </summary>
internal static class CoderWarmUp
{
    private static readonly string[] Namespaces = ["Pledgewatch.Amounts", "Pledgewatch.Dates", "Pledgewatch.Events"];

    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ =>
    {
        foreach (var type in typeof(CodingPipeline).Assembly.GetTypes())
        {
            if (type.TypeInitializer is null || type.ContainsGenericParameters || !Namespaces.Contains(type.Namespace)) continue;
            try
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
            catch (TypeInitializationException)
            {
                // The stage reports its own failure when it is used; a warm-up must not.
            }
        }
    }, null);
}
