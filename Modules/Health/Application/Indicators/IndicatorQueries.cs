using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>
/// The health model for the reader's scope: the nine indicators per team or person over a period, judged by the
/// thresholds in force, with their 12-week trends; one person's indicators with the records behind the bad numbers;
/// and the summary (the reader's whole scope) for the manager home panel and the monthly report.
/// </summary>
internal sealed class IndicatorQueries(IndicatorSampleQueries samples, ThresholdQueries thresholds, ReportScopeQueries scopes, Periods periods)
{
    public async Task<IndicatorMatrix> MatrixAsync(IndicatorFilter filter, CancellationToken ct)
    {
        var scope = await scopes.ScopeAsync(ct);
        var (from, to, trend) = Window(filter);
        var limits = await thresholds.CurrentAsync(ct);
        var all = await samples.LoadAsync(scope.Visibility, trend[0], to, limits, ct);
        var keys = filter.By == ReportBy.Team
            ? scope.Salespeople.Select(p => p.TeamId).Concat(all.Select(s => s.TeamId)).Distinct()
            : scope.Salespeople.Select(p => (Guid?)p.Id).Concat(all.Select(s => (Guid?)s.OwnerId)).Distinct();
        var rows = keys
            .Select(key => new IndicatorRow(key, scope.LabelOf(filter.By, key),
                Cells(all.Where(s => (filter.By == ReportBy.Team ? s.TeamId : s.OwnerId) == key).ToList(), limits, from, to, trend,
                    scope.PeopleIn(filter.By, key, total: false))))
            .OrderBy(r => r.Label is null).ThenBy(r => r.Label, StringComparer.CurrentCulture)
            .ToList();
        return new IndicatorMatrix(filter.By, from, to, trend, rows, Cells(all, limits, from, to, trend, scope.PeopleIn(filter.By, null, true)),
            limits);
    }

    public async Task<PersonIndicators> PersonAsync(Guid userId, IndicatorFilter filter, CancellationToken ct)
    {
        var scope = await scopes.PersonAsync(userId, ct);
        var (from, to, trend) = Window(filter);
        var limits = await thresholds.CurrentAsync(ct);
        var all = await samples.LoadAsync(scope.Visibility, trend[0], to, limits, ct);
        var bad = all
            .Where(s => s.Bad && s.Record is not null && (s.Code == Indicator.ProfileCompleteness || (s.Week >= from && s.Week <= to)))
            .GroupBy(s => s.Code)
            .SelectMany(g => g.OrderByDescending(s => s.At).Take(PersonIndicators.RecordsPerIndicator))
            .ToList();
        return new PersonIndicators(userId, scope.NameOf(userId), scope.TeamNameOf(scope.TeamOf(userId)), from, to, trend,
            Cells(all, limits, from, to, trend, 1), bad);
    }

    /// <summary>
    /// The nine indicators (value, RAG, trend) over everyone the reader sees: the last 4 weeks by default, or the
    /// filter's period (the monthly report passes its month's weeks).
    /// </summary>
    public async Task<IReadOnlyList<IndicatorCell>> SummaryAsync(IndicatorFilter? filter, CancellationToken ct) =>
        (await MatrixAsync((filter ?? new IndicatorFilter()) with { By = ReportBy.Team }, ct)).Total;

    private (LocalDate From, LocalDate To, IReadOnlyList<LocalDate> Trend) Window(IndicatorFilter filter) =>
        (filter.FromWeek(periods.ThisWeek), filter.ToWeek(periods.ThisWeek), filter.TrendOf(periods.ThisWeek));

    /// <summary>The nine cells of one scope from its samples (profile completeness: every current customer, whatever the period).</summary>
    internal static IReadOnlyList<IndicatorCell> Cells(IReadOnlyList<IndicatorSample> samples, IReadOnlyList<ThresholdView> limits,
        LocalDate from, LocalDate to, IReadOnlyList<LocalDate> trend, int people)
    {
        var byCode = samples.ToLookup(s => s.Code);
        return limits.Select(limit =>
        {
            var indicator = limit.Indicator;
            var mine = byCode[indicator.Code].ToList();
            var inPeriod = indicator.Code == Indicator.ProfileCompleteness ? mine : mine.Where(s => s.Week >= from && s.Week <= to).ToList();
            var weeks = (int)(Period.Between(from, to, PeriodUnits.Weeks).Weeks + 1);
            var (num, den) = Sums(indicator, inPeriod, people * weeks);
            var value = IndicatorMath.Value(indicator, num, den);
            var byWeek = mine.ToLookup(s => s.Week);
            var series = trend.Select(w =>
            {
                var (n, d) = Sums(indicator, byWeek[w].ToList(), people);
                return IndicatorMath.Value(indicator, n, d);
            }).ToList();
            return new IndicatorCell(indicator, value, num, den, limit.Judge(value), series);
        }).ToList();
    }

    /// <summary>Collaboration's denominator is people × weeks (tasks per person per week); the others sum their samples.</summary>
    private static (double Numerator, double Denominator) Sums(Indicator indicator, IReadOnlyList<IndicatorSample> samples, int personWeeks) =>
        indicator.Unit == IndicatorUnit.PerWeek
            ? (samples.Sum(s => s.Numerator), personWeeks)
            : (samples.Sum(s => s.Numerator), samples.Sum(s => s.Denominator));
}
