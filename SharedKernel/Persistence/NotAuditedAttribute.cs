namespace SalesSuite.SharedKernel.Persistence;

/// <summary>A property of an auditable entity that the operation log never records (secrets, derived keys).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
