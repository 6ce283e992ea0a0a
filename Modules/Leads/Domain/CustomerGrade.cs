using System.Globalization;
using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Read model fed by Health's CustomerGraded: the customer's newest grade (A+ / A / B / C), score and factors.
/// An older grading arriving late never replaces a newer one.
/// </summary>
internal sealed class CustomerGrade
{
    public static readonly IReadOnlyList<string> Grades = ["A+", "A", "B", "C"];

    private CustomerGrade() { }

    public CustomerGrade(Guid customerId, string grade, decimal score, IReadOnlyList<GradeFactorValue> factors, Instant gradedAt)
    {
        CustomerId = customerId;
        Set(grade, score, factors, gradedAt);
    }

    public Guid CustomerId { get; private set; }
    public string Grade { get; private set; } = "";
    public decimal Score { get; private set; }
    /// <summary>Factors as "code:weight:score" separated by ";" (invariant culture).</summary>
    public string Factors { get; private set; } = "";
    public Instant GradedAt { get; private set; }

    public IReadOnlyList<GradeFactorValue> FactorList =>
        [.. Factors.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split(':')).Where(p => p.Length == 3)
            .Select(p => new GradeFactorValue(p[0], Parse(p[1]), Parse(p[2])))];

    /// <summary>Replaces the grade with a newer one; false (nothing changed) when <paramref name="gradedAt"/> is not newer.</summary>
    public bool Update(string grade, decimal score, IReadOnlyList<GradeFactorValue> factors, Instant gradedAt)
    {
        if (gradedAt <= GradedAt)
        {
            return false;
        }
        Set(grade, score, factors, gradedAt);
        return true;
    }

    private void Set(string grade, decimal score, IReadOnlyList<GradeFactorValue> factors, Instant gradedAt)
    {
        Grade = grade.Trim();
        Score = score;
        Factors = string.Join(';', factors.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{f.Code.Replace(':', '_').Replace(';', '_')}:{f.Weight}:{f.Score}")));
        GradedAt = gradedAt;
    }

    private static decimal Parse(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0m;
}
