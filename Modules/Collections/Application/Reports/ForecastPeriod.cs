using NodaTime;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// One week or month: <see cref="Expected"/> is what is still outstanding on milestones due from
/// <see cref="ExpectedFrom"/> to <see cref="End"/> (overdue money is in the report's past-due column instead);
/// <see cref="Received"/> is what was allocated from payments dated from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
internal sealed record ForecastPeriod(LocalDate Start, LocalDate End, LocalDate ExpectedFrom, decimal Expected, int ExpectedCount, decimal Received);
