using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>A process step by its share of all delay (%) and SLA breach rate (%), with the heatmap drill-down of its records.</summary>
internal sealed record Breakpoint(StepKind Kind, string Step, string DisplayName, double DelayShare, double BreachRate, string Url);
