namespace SalesSuite.Leads.Domain;

/// <summary>A stage's switches and triggers, as the director sets them (the gate is a stage, checked by the stage).</summary>
internal sealed record StageOptions(
    bool Skippable = false,
    bool UnlocksQuoting = false,
    bool NotifyDirectorCycle = false);
