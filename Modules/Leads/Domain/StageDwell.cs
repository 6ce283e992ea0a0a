namespace SalesSuite.Leads.Domain;

/// <summary>A deal's time in its stage against the stage's thresholds (public: the kanban card shows it).</summary>
public enum StageDwell
{
    Normal,
    Amber,
    Red,
}
