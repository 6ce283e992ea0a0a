namespace SalesSuite.Stores.Domain;

/// <summary>
/// The report quality score of one store in one month, and its share in the store manager's monthly score.
/// <list type="bullet">
/// <item>A feedback line with a question of at least <see cref="MinQuestionLength"/> characters after normalisation
/// counts 1; a line without one (the structured option alone, or a too-short text) counts 0.5.</item>
/// <item>Duplicate rate = duplicates / valid, where a duplicate line counts with its own weight.</item>
/// <item>Quality = valid × (1 − duplicate rate), which is valid − duplicates.</item>
/// <item>Manager score = (100 − w) % × report compliance (days reported / days of the month so far, as 0–100)
/// + w % × quality normalised to 0–100 against the month's best store.</item>
/// </list>
/// </summary>
internal sealed record QualityScore(decimal Valid, decimal Duplicates)
{
    public const int MinQuestionLength = 4;
    public const decimal TextWeight = 1m;
    public const decimal OptionOnlyWeight = 0.5m;

    public static readonly QualityScore Zero = new(0m, 0m);

    /// <summary>0–1; 0 without valid feedback.</summary>
    public decimal DuplicateRate => Valid == 0 ? 0 : Math.Round(Duplicates / Valid, 4);

    public decimal Quality => Math.Round(Valid * (1 - (Valid == 0 ? 0 : Duplicates / Valid)), 2);

    /// <summary>What one feedback line adds to the valid count.</summary>
    public static decimal WeightOf(string? question) =>
        TextSimilarity.Normalise(question).Length >= MinQuestionLength ? TextWeight : OptionOnlyWeight;

    /// <summary>The score of a month's lines: (question, marked duplicate) per line.</summary>
    public static QualityScore Of(IEnumerable<(string? Question, bool Duplicate)> lines)
    {
        var (valid, duplicates) = (0m, 0m);
        foreach (var (question, duplicate) in lines)
        {
            var weight = WeightOf(question);
            valid += weight;
            duplicates += duplicate ? weight : 0;
        }
        return new QualityScore(valid, duplicates);
    }

    /// <summary>Quality against the best store of the month, 0–100 (0 when no store had any).</summary>
    public static decimal Normalised(decimal quality, decimal best) => best <= 0 ? 0 : Math.Round(Math.Min(quality / best, 1m) * 100, 1);

    /// <summary>Days reported / days of the month so far, 0–100 (0 before the month started).</summary>
    public static decimal Compliance(int daysReported, int daysSoFar) =>
        daysSoFar <= 0 ? 0 : Math.Round(Math.Min((decimal)daysReported / daysSoFar, 1m) * 100, 1);

    /// <summary>The store manager's monthly score, 0–100, with the quality weighted <paramref name="weightPercent"/> %.</summary>
    public static decimal ManagerScore(decimal compliancePercent, decimal normalisedQuality, int weightPercent) =>
        Math.Round(((100 - weightPercent) * compliancePercent + weightPercent * normalisedQuality) / 100m, 1);
}
