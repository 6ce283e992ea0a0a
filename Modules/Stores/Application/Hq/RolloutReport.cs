namespace SalesSuite.Stores.Application.Hq;

/// <summary>The roll-out page: one line per SKU, and for the chosen SKU one line per store.</summary>
internal sealed record RolloutReport(HqView View, IReadOnlyList<RolloutLine> Products, RolloutLine? Chosen, IReadOnlyList<RolloutStoreLine> Stores);
