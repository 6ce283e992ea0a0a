using NodaTime;
using SalesSuite.Health.Domain.Grading;

namespace SalesSuite.Health.Application.Grading;

/// <summary>A graded customer as the grades list shows it.</summary>
internal sealed record GradeRow(Guid CustomerId, string Customer, string? Owner, string Grade, string? PreviousGrade, decimal Score,
    IReadOnlyList<FactorScore> Factors, Instant GradedAt);
