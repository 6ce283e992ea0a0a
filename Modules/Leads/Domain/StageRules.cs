namespace SalesSuite.Leads.Domain;

/// <summary>
/// The stage machine's rules, pure: forward moves only; stages jumped over must be skippable; the stage
/// being left must have its required fields filled with valid values; the target's gate must be completed.
/// </summary>
internal static class StageRules
{
    public static StageMoveCheck CheckMove(
        IReadOnlyList<Stage> ordered, Guid currentId, Guid targetId, IReadOnlySet<Guid> completed, IReadOnlyDictionary<Guid, string?> values)
    {
        var problems = new List<MoveProblem>();
        var current = ordered.First(s => s.Id == currentId);
        var target = ordered.FirstOrDefault(s => s.Id == targetId);
        if (target is null || target.Position <= current.Position)
        {
            return new StageMoveCheck([new MoveProblem("Deal_Move_Forward", target?.Name ?? "")], []);
        }
        var skipped = ordered.Where(s => s.Position > current.Position && s.Position < target.Position).ToList();
        problems.AddRange(skipped.Where(s => !s.Skippable).Select(s => new MoveProblem("Deal_Move_NotSkippable", s.Name)));
        foreach (var field in current.Fields.OrderBy(f => f.Position))
        {
            var problem = FieldValues.Problem(field, values.GetValueOrDefault(field.Id));
            if (problem is not null)
            {
                problems.Add(new MoveProblem(problem, field.Label, field.Id));
            }
        }
        if (target.RequiresStageId is { } gate && gate != current.Id && !completed.Contains(gate))
        {
            var gateName = ordered.FirstOrDefault(s => s.Id == gate)?.Name ?? "?";
            problems.Add(new MoveProblem("Deal_Move_GateMissing", gateName));
        }
        return new StageMoveCheck(problems, skipped);
    }

    /// <summary>Quoting is allowed once every stage that unlocks quoting has been completed (or none does).</summary>
    public static bool CanQuote(IReadOnlyList<Stage> ordered, IReadOnlySet<Guid> completed) =>
        ordered.Where(s => s.UnlocksQuoting).All(s => completed.Contains(s.Id));
}
