namespace SalesSuite.Leads.Domain;

/// <summary>Why a stage move is refused: a resource key, its argument (field or stage name) and the field id if any.</summary>
internal sealed record MoveProblem(string Key, string Argument, Guid? FieldId = null);
