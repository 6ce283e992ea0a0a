using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>An immutable snapshot of a quote at submission (or at Finance's cost lock). Never updated.</summary>
internal sealed class QuoteVersion
{
    private QuoteVersion() { Label = LinesJson = Terms = ScheduleJson = string.Empty; }

    public QuoteVersion(Guid id, Guid quoteId, VersionLabel label, IReadOnlyList<QuoteLine> lines, string terms,
        IReadOnlyList<PaymentItem> schedule, LocalDate validUntil, Guid createdBy, Instant createdAt, string? changeNote, bool costLocked)
    {
        Id = id;
        QuoteId = quoteId;
        Major = label.Major;
        Minor = label.Minor;
        Label = label.ToString();
        LinesJson = QuoteJson.Write(lines);
        Terms = terms;
        ScheduleJson = QuoteJson.Write(schedule);
        ValidUntil = validUntil;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ChangeNote = changeNote;
        CostLockedAt = costLocked ? createdAt : null;
        var totals = QuoteTotals.Of(lines);
        Net = totals.Net;
        Gross = totals.Gross;
        MarginPercent = totals.MarginPercent;
    }

    public Guid Id { get; private set; }
    public Guid QuoteId { get; private set; }
    public int Major { get; private set; }
    public int Minor { get; private set; }
    public string Label { get; private set; }
    public string LinesJson { get; private set; }
    public string Terms { get; private set; }
    public string ScheduleJson { get; private set; }
    public LocalDate ValidUntil { get; private set; }
    public Guid CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }
    public string? ChangeNote { get; private set; }
    public Instant? CostLockedAt { get; private set; }
    public decimal Net { get; private set; }
    public decimal Gross { get; private set; }
    public decimal MarginPercent { get; private set; }

    public VersionLabel VersionLabel => new(Major, Minor);
    public IReadOnlyList<QuoteLine> Lines => QuoteJson.ReadLines(LinesJson);
    public IReadOnlyList<PaymentItem> Schedule => QuoteJson.ReadSchedule(ScheduleJson);
    public QuoteTotals Totals => QuoteTotals.Of(Lines);
}
