namespace SalesSuite.Collections.Domain;

/// <summary>How far past its due date an unpaid receivable is, in business days (Asia/Shanghai): the aging buckets.</summary>
public enum AgeBucket
{
    /// <summary>Not due yet, due today, or no due date.</summary>
    Current = 0,
    Days1To30 = 1,
    Days31To60 = 2,
    Days61To90 = 3,
    Over90 = 4,
}
