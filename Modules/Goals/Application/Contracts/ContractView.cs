using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Contracts;

/// <summary>A person's action contract for a period as the page shows it (no contract yet: <see cref="Exists"/> false).</summary>
internal sealed record ContractView(
    Guid UserId, string UserName, GoalPeriod Period, bool Exists, int Version, Instant? CompletedAt,
    IReadOnlyList<ContractLineView> Lines, IReadOnlyList<ContractLine> Raw)
{
    public int Percent => ContractMath.Percent(Lines.Select(l => (l.Owed, l.Done)));
}

/// <summary>One action type of a contract: owed (all sources), done (evidence in the period), where it comes from, the how-to.</summary>
internal sealed record ContractLineView(
    KeyActionType Type, int Owed, int Done, IReadOnlyList<LineSource> Sources, IReadOnlyList<string> Notes)
{
    public bool Met => Done >= Owed;
}

/// <summary>One person of the team overview.</summary>
internal sealed record TeamContractRow(Guid UserId, string Name, string? Team, int Lines, int Owed, int Done, int Percent, Instant? CompletedAt);

/// <summary>Completion arithmetic shared by the contract and the team overview.</summary>
internal static class ContractMath
{
    /// <summary>Done (capped per line at what is owed) over owed, in whole percent; 0 when nothing is owed.</summary>
    public static int Percent(IEnumerable<(int Owed, int Done)> lines)
    {
        var list = lines.ToList();
        var owed = list.Sum(l => l.Owed);
        return owed == 0 ? 0 : (int)Math.Floor(100m * list.Sum(l => Math.Min(l.Done, l.Owed)) / owed);
    }
}
