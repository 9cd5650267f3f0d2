'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

import { minQueryLength } from '../_lib/procedureSearch.ts'

/**
 * Progressive enhancement of the search form: as the reader types or picks a filter, the page's
 * results are rendered again on the server for the new query (the address changes with it, so
 * Back and a shared link keep working). Without JavaScript the form simply submits.
 */
export const SearchAsYouType = ({ formId }: { formId: string }) => {
  const router = useRouter()
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => {
      clearTimeout(timer)
      // Waits for a pause in the typing: one request per word, not per letter.
      timer = setTimeout(() => {
        const params = new URLSearchParams()
        for (const [name, value] of new FormData(form)) {
          if (typeof value === 'string' && value.trim()) params.set(name, value.trim())
        }
        const q = params.get('q') ?? ''
        if (q.length > 0 && q.length < minQueryLength) return
        const search = params.toString()
        router.replace(`${form.getAttribute('action')}${search ? `?${search}` : ''}`, { scroll: false })
      }, 350)
    }
    form.addEventListener('input', update)
    return () => {
      clearTimeout(timer)
      form.removeEventListener('input', update)
    }
  }, [formId, router])
  return null
}
