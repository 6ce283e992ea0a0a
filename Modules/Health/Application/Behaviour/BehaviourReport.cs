using NodaTime;

namespace SalesSuite.Health.Application.Behaviour;

internal sealed record BehaviourReport(LocalDate FromWeek, LocalDate ToWeek, IReadOnlyList<BehaviourRow> Rows);
