namespace SalesSuite.Health.Domain;

/// <summary>
/// The behaviour heatmap's rule: a person's average time between follow-ups for an objective compared with their
/// team's average for it. Red above 1.3×, amber above 1.1×, green otherwise.
/// </summary>
internal static class BehaviourMath
{
    public const double RedAbove = 1.3;
    public const double AmberAbove = 1.1;

    /// <summary>The follow-up objectives of Leads, in the heatmap's column order.</summary>
    public static readonly IReadOnlyList<string> Objectives =
        ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];

    public static double? Ratio(double? person, double? team) =>
        person is { } p && team is { } t && t > 0 ? p / t : null;

    public static Rag Judge(double? ratio) => ratio switch
    {
        null => Rag.None,
        > RedAbove => Rag.Red,
        > AmberAbove => Rag.Amber,
        _ => Rag.Green,
    };
}
