using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

public sealed record OrderExpression<T>(LambdaExpression KeySelector, bool Descending, bool IsThenBy);
