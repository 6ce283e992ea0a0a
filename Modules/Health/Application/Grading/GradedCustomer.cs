using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Grading;

/// <summary>A customer with its grade (a member-init shape, so EF translates grouping and filtering over it).</summary>
internal sealed class GradedCustomer
{
    public required CustomerTrack Customer { get; init; }
    public required CustomerGrade Grade { get; init; }
}
