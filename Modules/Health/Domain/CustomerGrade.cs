using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// A customer's current grade (A+ / A / B / C) from the weighted model, with its factor scores (JSON of GradeFactor).
/// Kept apart from the rebuildable read models: a grade is a decision Health published, not a projection.
/// </summary>
internal sealed class CustomerGrade
{
    private CustomerGrade() { }

    public CustomerGrade(Guid customerId, string grade, decimal score, string factors, Instant gradedAt)
    {
        CustomerId = customerId;
        Grade = grade;
        Score = score;
        Factors = factors;
        GradedAt = gradedAt;
    }

    public Guid CustomerId { get; private set; }
    public string Grade { get; private set; } = "";
    public string? PreviousGrade { get; private set; }
    public decimal Score { get; private set; }
    public string Factors { get; private set; } = "";
    public Instant GradedAt { get; private set; }

    /// <summary>Records a new grading; returns true when the grade changed.</summary>
    public bool Regrade(string grade, decimal score, string factors, Instant at)
    {
        var changed = grade != Grade;
        if (changed)
        {
            PreviousGrade = Grade;
        }
        Grade = grade;
        Score = score;
        Factors = factors;
        GradedAt = at;
        return changed;
    }
}
