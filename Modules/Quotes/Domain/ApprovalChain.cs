using System.Globalization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// The chain as the director edits it: add a step for a role, remove a step, move a step up or down. Orders are
/// renumbered 10, 20, 30 … after each change. The Finance step cannot be removed (it is the cost lock and the credit
/// check's step; it can be disabled), and a chain keeps at least one step. Versions already submitted keep the steps
/// they were planned with; a change applies to submissions made after it.
/// </summary>
internal sealed class ApprovalChain(List<ChainStepRule> rules)
{
    public const int MaxSteps = 12;

    /// <summary>The roles a step may be assigned to: the roles that can decide a step on the quote page.</summary>
    public static readonly IReadOnlyList<string> AssignableRoles =
        [Roles.Tech, Roles.Finance, Roles.Legal, Roles.SalesDirector, Roles.GeneralManager];

    /// <summary>The roles the second escalation level may go to (the chain settings offer them).</summary>
    public static readonly IReadOnlyList<string> EscalationRoles =
        [Roles.GeneralManager, Roles.SalesDirector, Roles.Admin, Roles.Legal, Roles.Finance];

    public IReadOnlyList<ChainStepRule> Steps => rules.OrderBy(r => r.Order).ToList();

    /// <summary>What a form carries to detect a chain changed since it was shown: every step's id and version, in order.</summary>
    public string Stamp => Of(rules);

    public static string Of(IEnumerable<ChainStepRule> rules) =>
        string.Join(";", rules.OrderBy(r => r.Order).Select(r => r.Id.ToString("N") + ":" + r.Version.ToString(CultureInfo.InvariantCulture)));

    public void ThrowIfStale(string? seenStamp)
    {
        if (seenStamp != Stamp)
        {
            throw new StaleEditException();
        }
    }

    public ChainStepRule Add(Guid id, string role, int slaHours, int? urgentSlaHours)
    {
        DomainException.ThrowIf(!AssignableRoles.Contains(role), "Appr_Error_Role");
        DomainException.ThrowIf(rules.Count >= MaxSteps, "Appr_Error_TooManySteps", MaxSteps);
        var order = rules.Count == 0 ? 10 : rules.Max(r => r.Order) + 10;
        var rule = new ChainStepRule(id, order, StepKind.Review, role, slaHours, urgentSlaHours);
        rules.Add(rule);
        return rule;
    }

    public ChainStepRule Remove(Guid id)
    {
        var rule = Find(id);
        DomainException.ThrowIf(rule.Kind == StepKind.Finance, "Appr_Error_FinanceRequired");
        DomainException.ThrowIf(rules.Count == 1, "Appr_Error_LastStep");
        rules.Remove(rule);
        Renumber();
        return rule;
    }

    /// <summary>Moves a step one place earlier (<paramref name="up"/>) or later; at either end nothing changes.</summary>
    public void Move(Guid id, bool up)
    {
        var ordered = Steps.ToList();
        var index = ordered.IndexOf(Find(id));
        var target = up ? index - 1 : index + 1;
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        Renumber(ordered);
    }

    private ChainStepRule Find(Guid id) => rules.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException();

    private void Renumber() => Renumber(Steps.ToList());

    private static void Renumber(List<ChainStepRule> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var order = (i + 1) * 10;
            if (ordered[i].Order != order)
            {
                ordered[i].Order = order;
            }
        }
    }
}
