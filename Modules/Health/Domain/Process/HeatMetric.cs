namespace SalesSuite.Health.Domain.Process;

/// <summary>What a heatmap cell shows.</summary>
internal enum HeatMetric
{
    /// <summary>The cell's delay hours as a share of the delay hours of every cell in the matrix.</summary>
    Delay,

    /// <summary>Skipped samples / all samples of the cell.</summary>
    Skip,

    /// <summary>Breached samples (beyond the SLA / red days) / all samples of the cell.</summary>
    Breach,
}
