namespace SalesSuite.Leads.Domain;

/// <summary>When a stage trigger fires: on a deal entering the stage, or on a deal leaving it (moving forward out of it).</summary>
internal enum TriggerMoment
{
    Enter = 0,
    Leave = 1,
}
