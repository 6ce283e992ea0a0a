using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>A reason's playbook in the editor.</summary>
internal sealed record PlaybookView(Guid Id, string Name, int Version, IReadOnlyList<PlaybookStep> Steps);
